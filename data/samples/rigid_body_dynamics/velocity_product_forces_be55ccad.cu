// Warp 1.19.0 cuda code for velocity_product_forces_be55ccad.py; preceded by preamble_cuda_93b22071978ccd96.cuh


extern "C" __global__ void velocity_product_forces_afbe87ce_cuda_kernel_forward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::mat_t<6, 6, wp::float32>> var_body_I_s,
    wp::array_t<wp::vec_t<3, wp::float32>> var_body_w,
    wp::array_t<wp::vec_t<3, wp::float32>> var_particle_v,
    wp::int32 var_num_active,
    wp::array_t<wp::vec_t<6, wp::float32>> var_body_f_out)
{
    wp::tile_shared_storage_t tile_mem;

    for (size_t _idx = static_cast<size_t>(blockDim.x) * static_cast<size_t>(blockIdx.x) + static_cast<size_t>(threadIdx.x);
         _idx < dim.size;
         _idx += static_cast<size_t>(blockDim.x) * static_cast<size_t>(gridDim.x))
    {
            // reset shared memory allocator
        wp::tile_shared_storage_t::init();

        //---------
        // primal vars
        wp::int32 var_0;
        bool var_1;
        wp::mat_t<6, 6, wp::float32>* var_2;
        wp::mat_t<6, 6, wp::float32> var_3;
        wp::mat_t<6, 6, wp::float32> var_4;
        wp::vec_t<3, wp::float32>* var_5;
        wp::vec_t<3, wp::float32>* var_6;
        wp::vec_t<6, wp::float32> var_7;
        wp::vec_t<3, wp::float32> var_8;
        wp::vec_t<3, wp::float32> var_9;
        wp::vec_t<6, wp::float32> var_10;
        wp::vec_t<6, wp::float32> var_11;
        //---------
        // forward
        // def velocity_product_forces(                                                           <L 5>
        // tid = wp.tid()                                                                         <L 12>
        var_0 = builtin_tid1d();
        // if tid >= num_active:                                                                  <L 13>
        var_1 = (var_0 >= var_num_active);
        if (var_1) {
            // return                                                                             <L 14>
            continue;
        }
        // I_s = body_I_s[tid]                                                                    <L 15>
        var_2 = wp::address(var_body_I_s, var_0);
        var_4 = wp::load(var_2);
        var_3 = wp::copy(var_4);
        // qd = wp.spatial_vector(body_w[tid], particle_v[tid])                                   <L 16>
        var_5 = wp::address(var_body_w, var_0);
        var_6 = wp::address(var_particle_v, var_0);
        var_8 = wp::load(var_5);
        var_9 = wp::load(var_6);
        var_7 = wp::vec_t<6, wp::float32>(var_8, var_9);
        // h = I_s @ qd                                                                           <L 17>
        var_10 = wp::mul(var_3, var_7);
        // body_f_out[tid] = wp.spatial_cross_dual(qd, h)                                         <L 18>
        var_11 = wp::spatial_cross_dual(var_7, var_10);
        wp::array_store(var_body_f_out, var_0, var_11);
    }
}



extern "C" __global__ void velocity_product_forces_afbe87ce_cuda_kernel_backward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::mat_t<6, 6, wp::float32>> var_body_I_s,
    wp::array_t<wp::vec_t<3, wp::float32>> var_body_w,
    wp::array_t<wp::vec_t<3, wp::float32>> var_particle_v,
    wp::int32 var_num_active,
    wp::array_t<wp::vec_t<6, wp::float32>> var_body_f_out,
    wp::array_t<wp::mat_t<6, 6, wp::float32>> adj_body_I_s,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_body_w,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_particle_v,
    wp::int32 adj_num_active,
    wp::array_t<wp::vec_t<6, wp::float32>> adj_body_f_out)
{
    wp::tile_shared_storage_t tile_mem;

    for (size_t _idx = static_cast<size_t>(blockDim.x) * static_cast<size_t>(blockIdx.x) + static_cast<size_t>(threadIdx.x);
         _idx < dim.size;
         _idx += static_cast<size_t>(blockDim.x) * static_cast<size_t>(gridDim.x))
    {
            // reset shared memory allocator
        wp::tile_shared_storage_t::init();

        //---------
        // primal vars
        wp::int32 var_0;
        bool var_1;
        wp::mat_t<6, 6, wp::float32>* var_2;
        wp::mat_t<6, 6, wp::float32> var_3;
        wp::mat_t<6, 6, wp::float32> var_4;
        wp::vec_t<3, wp::float32>* var_5;
        wp::vec_t<3, wp::float32>* var_6;
        wp::vec_t<6, wp::float32> var_7;
        wp::vec_t<3, wp::float32> var_8;
        wp::vec_t<3, wp::float32> var_9;
        wp::vec_t<6, wp::float32> var_10;
        wp::vec_t<6, wp::float32> var_11;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        bool adj_1 = {};
        wp::mat_t<6, 6, wp::float32> adj_2 = {};
        wp::mat_t<6, 6, wp::float32> adj_3 = {};
        wp::mat_t<6, 6, wp::float32> adj_4 = {};
        wp::vec_t<3, wp::float32> adj_5 = {};
        wp::vec_t<3, wp::float32> adj_6 = {};
        wp::vec_t<6, wp::float32> adj_7 = {};
        wp::vec_t<3, wp::float32> adj_8 = {};
        wp::vec_t<3, wp::float32> adj_9 = {};
        wp::vec_t<6, wp::float32> adj_10 = {};
        wp::vec_t<6, wp::float32> adj_11 = {};
        //---------
        // forward
        // def velocity_product_forces(                                                           <L 5>
        // tid = wp.tid()                                                                         <L 12>
        var_0 = builtin_tid1d();
        // if tid >= num_active:                                                                  <L 13>
        var_1 = (var_0 >= var_num_active);
        if (var_1) {
            // return                                                                             <L 14>
            goto label0;
        }
        // I_s = body_I_s[tid]                                                                    <L 15>
        var_2 = wp::address(var_body_I_s, var_0);
        var_4 = wp::load(var_2);
        var_3 = wp::copy(var_4);
        // qd = wp.spatial_vector(body_w[tid], particle_v[tid])                                   <L 16>
        var_5 = wp::address(var_body_w, var_0);
        var_6 = wp::address(var_particle_v, var_0);
        var_8 = wp::load(var_5);
        var_9 = wp::load(var_6);
        var_7 = wp::vec_t<6, wp::float32>(var_8, var_9);
        // h = I_s @ qd                                                                           <L 17>
        var_10 = wp::mul(var_3, var_7);
        // body_f_out[tid] = wp.spatial_cross_dual(qd, h)                                         <L 18>
        var_11 = wp::spatial_cross_dual(var_7, var_10);
        // wp::array_store(var_body_f_out, var_0, var_11);
        //---------
        // reverse
        wp::adj_array_store(var_body_f_out, var_0, var_11, adj_body_f_out, adj_0, adj_11);
        wp::adj_spatial_cross_dual(var_7, var_10, adj_7, adj_10, adj_11);
        // adj: body_f_out[tid] = wp.spatial_cross_dual(qd, h)                                    <L 18>
        wp::adj_mul(var_3, var_7, adj_3, adj_7, adj_10);
        // adj: h = I_s @ qd                                                                      <L 17>
        wp::adj_vec_t(var_8, var_9, adj_5, adj_6, adj_7);
        wp::adj_address(var_particle_v, var_0, adj_particle_v, adj_0, adj_6);
        wp::adj_address(var_body_w, var_0, adj_body_w, adj_0, adj_5);
        // adj: qd = wp.spatial_vector(body_w[tid], particle_v[tid])                              <L 16>
        wp::adj_copy(var_4, adj_2, adj_3);
        wp::adj_address(var_body_I_s, var_0, adj_body_I_s, adj_0, adj_2);
        // adj: I_s = body_I_s[tid]                                                               <L 15>
        if (var_1) {
            label0:;
            // adj: return                                                                        <L 14>
        }
        // adj: if tid >= num_active:                                                             <L 13>
        // adj: tid = wp.tid()                                                                    <L 12>
        // adj: def velocity_product_forces(                                                      <L 5>
        continue;
    }
}

