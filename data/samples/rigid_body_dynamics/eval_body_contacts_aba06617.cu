// Warp 1.19.0 cuda code for eval_body_contacts_aba06617.py; preceded by preamble_cuda_93b22071978ccd96.cuh


extern "C" __global__ void eval_body_contacts_6915f61f_cuda_kernel_forward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::int32> var_particle_body,
    wp::array_t<wp::transform_t<wp::float32>> var_body_q,
    wp::array_t<wp::vec_t<3, wp::float32>> var_com,
    wp::array_t<wp::vec_t<3, wp::float32>> var_x,
    wp::array_t<wp::vec_t<3, wp::float32>> var_v,
    wp::float32 var_kd,
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
        wp::int32* var_1;
        wp::int32 var_2;
        wp::int32 var_3;
        const wp::int32 var_4 = 0;
        bool var_5;
        wp::vec_t<3, wp::float32>* var_6;
        wp::vec_t<3, wp::float32> var_7;
        wp::vec_t<3, wp::float32> var_8;
        wp::vec_t<3, wp::float32>* var_9;
        wp::vec_t<3, wp::float32> var_10;
        wp::vec_t<3, wp::float32> var_11;
        wp::float32 var_12;
        wp::vec_t<3, wp::float32> var_13;
        wp::transform_t<wp::float32>* var_14;
        wp::vec_t<3, wp::float32>* var_15;
        wp::vec_t<3, wp::float32> var_16;
        wp::transform_t<wp::float32> var_17;
        wp::vec_t<3, wp::float32> var_18;
        wp::vec_t<3, wp::float32> var_19;
        wp::vec_t<3, wp::float32> var_20;
        wp::vec_t<6, wp::float32> var_21;
        wp::vec_t<6, wp::float32> var_22;
        //---------
        // forward
        // def eval_body_contacts(                                                                <L 5>
        // tid = wp.tid()                                                                         <L 15>
        var_0 = builtin_tid1d();
        // body = particle_body[tid]                                                              <L 16>
        var_1 = wp::address(var_particle_body, var_0);
        var_3 = wp::load(var_1);
        var_2 = wp::copy(var_3);
        // if body < 0:                                                                           <L 18>
        var_5 = (var_2 < var_4);
        if (var_5) {
            // return                                                                             <L 19>
            continue;
        }
        // p = x[tid]                                                                             <L 20>
        var_6 = wp::address(var_x, var_0);
        var_8 = wp::load(var_6);
        var_7 = wp::copy(var_8);
        // vel = v[tid]                                                                           <L 21>
        var_9 = wp::address(var_v, var_0);
        var_11 = wp::load(var_9);
        var_10 = wp::copy(var_11);
        // force = -kd * vel                                                                      <L 22>
        var_12 = wp::neg(var_kd);
        var_13 = wp::mul(var_12, var_10);
        // x_com = wp.transform_point(body_q[body], com[body])                                    <L 23>
        var_14 = wp::address(var_body_q, var_2);
        var_15 = wp::address(var_com, var_2);
        var_17 = wp::load(var_14);
        var_18 = wp::load(var_15);
        var_16 = wp::transform_point(var_17, var_18);
        // r = p - x_com                                                                          <L 24>
        var_19 = wp::sub(var_7, var_16);
        // wp.atomic_add(body_f_out, body, wp.spatial_vector(wp.cross(r, force), force))          <L 25>
        var_20 = wp::cross(var_19, var_13);
        var_21 = wp::vec_t<6, wp::float32>(var_20, var_13);
        var_22 = wp::atomic_add(var_body_f_out, var_2, var_21);
    }
}



extern "C" __global__ void eval_body_contacts_6915f61f_cuda_kernel_backward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::int32> var_particle_body,
    wp::array_t<wp::transform_t<wp::float32>> var_body_q,
    wp::array_t<wp::vec_t<3, wp::float32>> var_com,
    wp::array_t<wp::vec_t<3, wp::float32>> var_x,
    wp::array_t<wp::vec_t<3, wp::float32>> var_v,
    wp::float32 var_kd,
    wp::array_t<wp::vec_t<6, wp::float32>> var_body_f_out,
    wp::array_t<wp::int32> adj_particle_body,
    wp::array_t<wp::transform_t<wp::float32>> adj_body_q,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_com,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_x,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_v,
    wp::float32 adj_kd,
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
        wp::int32* var_1;
        wp::int32 var_2;
        wp::int32 var_3;
        const wp::int32 var_4 = 0;
        bool var_5;
        wp::vec_t<3, wp::float32>* var_6;
        wp::vec_t<3, wp::float32> var_7;
        wp::vec_t<3, wp::float32> var_8;
        wp::vec_t<3, wp::float32>* var_9;
        wp::vec_t<3, wp::float32> var_10;
        wp::vec_t<3, wp::float32> var_11;
        wp::float32 var_12;
        wp::vec_t<3, wp::float32> var_13;
        wp::transform_t<wp::float32>* var_14;
        wp::vec_t<3, wp::float32>* var_15;
        wp::vec_t<3, wp::float32> var_16;
        wp::transform_t<wp::float32> var_17;
        wp::vec_t<3, wp::float32> var_18;
        wp::vec_t<3, wp::float32> var_19;
        wp::vec_t<3, wp::float32> var_20;
        wp::vec_t<6, wp::float32> var_21;
        wp::vec_t<6, wp::float32> var_22;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::int32 adj_1 = {};
        wp::int32 adj_2 = {};
        wp::int32 adj_3 = {};
        wp::int32 adj_4 = {};
        bool adj_5 = {};
        wp::vec_t<3, wp::float32> adj_6 = {};
        wp::vec_t<3, wp::float32> adj_7 = {};
        wp::vec_t<3, wp::float32> adj_8 = {};
        wp::vec_t<3, wp::float32> adj_9 = {};
        wp::vec_t<3, wp::float32> adj_10 = {};
        wp::vec_t<3, wp::float32> adj_11 = {};
        wp::float32 adj_12 = {};
        wp::vec_t<3, wp::float32> adj_13 = {};
        wp::transform_t<wp::float32> adj_14 = {};
        wp::vec_t<3, wp::float32> adj_15 = {};
        wp::vec_t<3, wp::float32> adj_16 = {};
        wp::transform_t<wp::float32> adj_17 = {};
        wp::vec_t<3, wp::float32> adj_18 = {};
        wp::vec_t<3, wp::float32> adj_19 = {};
        wp::vec_t<3, wp::float32> adj_20 = {};
        wp::vec_t<6, wp::float32> adj_21 = {};
        wp::vec_t<6, wp::float32> adj_22 = {};
        //---------
        // forward
        // def eval_body_contacts(                                                                <L 5>
        // tid = wp.tid()                                                                         <L 15>
        var_0 = builtin_tid1d();
        // body = particle_body[tid]                                                              <L 16>
        var_1 = wp::address(var_particle_body, var_0);
        var_3 = wp::load(var_1);
        var_2 = wp::copy(var_3);
        // if body < 0:                                                                           <L 18>
        var_5 = (var_2 < var_4);
        if (var_5) {
            // return                                                                             <L 19>
            goto label0;
        }
        // p = x[tid]                                                                             <L 20>
        var_6 = wp::address(var_x, var_0);
        var_8 = wp::load(var_6);
        var_7 = wp::copy(var_8);
        // vel = v[tid]                                                                           <L 21>
        var_9 = wp::address(var_v, var_0);
        var_11 = wp::load(var_9);
        var_10 = wp::copy(var_11);
        // force = -kd * vel                                                                      <L 22>
        var_12 = wp::neg(var_kd);
        var_13 = wp::mul(var_12, var_10);
        // x_com = wp.transform_point(body_q[body], com[body])                                    <L 23>
        var_14 = wp::address(var_body_q, var_2);
        var_15 = wp::address(var_com, var_2);
        var_17 = wp::load(var_14);
        var_18 = wp::load(var_15);
        var_16 = wp::transform_point(var_17, var_18);
        // r = p - x_com                                                                          <L 24>
        var_19 = wp::sub(var_7, var_16);
        // wp.atomic_add(body_f_out, body, wp.spatial_vector(wp.cross(r, force), force))          <L 25>
        var_20 = wp::cross(var_19, var_13);
        var_21 = wp::vec_t<6, wp::float32>(var_20, var_13);
        // var_22 = wp::atomic_add(var_body_f_out, var_2, var_21);
        //---------
        // reverse
        wp::adj_atomic_add(var_body_f_out, var_2, var_21, adj_body_f_out, adj_2, adj_21, adj_22);
        wp::adj_vec_t(var_20, var_13, adj_20, adj_13, adj_21);
        wp::adj_cross(var_19, var_13, adj_19, adj_13, adj_20);
        // adj: wp.atomic_add(body_f_out, body, wp.spatial_vector(wp.cross(r, force), force))     <L 25>
        wp::adj_sub(var_7, var_16, adj_7, adj_16, adj_19);
        // adj: r = p - x_com                                                                     <L 24>
        wp::adj_transform_point(var_17, var_18, adj_14, adj_15, adj_16);
        wp::adj_address(var_com, var_2, adj_com, adj_2, adj_15);
        wp::adj_address(var_body_q, var_2, adj_body_q, adj_2, adj_14);
        // adj: x_com = wp.transform_point(body_q[body], com[body])                               <L 23>
        wp::adj_mul(var_12, var_10, adj_12, adj_10, adj_13);
        wp::adj_neg(var_kd, adj_kd, adj_12);
        // adj: force = -kd * vel                                                                 <L 22>
        wp::adj_copy(var_11, adj_9, adj_10);
        wp::adj_address(var_v, var_0, adj_v, adj_0, adj_9);
        // adj: vel = v[tid]                                                                      <L 21>
        wp::adj_copy(var_8, adj_6, adj_7);
        wp::adj_address(var_x, var_0, adj_x, adj_0, adj_6);
        // adj: p = x[tid]                                                                        <L 20>
        if (var_5) {
            label0:;
            // adj: return                                                                        <L 19>
        }
        // adj: if body < 0:                                                                      <L 18>
        wp::adj_copy(var_3, adj_1, adj_2);
        wp::adj_address(var_particle_body, var_0, adj_particle_body, adj_0, adj_1);
        // adj: body = particle_body[tid]                                                         <L 16>
        // adj: tid = wp.tid()                                                                    <L 15>
        // adj: def eval_body_contacts(                                                           <L 5>
        continue;
    }
}

