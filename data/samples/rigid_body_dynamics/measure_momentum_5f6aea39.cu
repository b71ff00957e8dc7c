// Warp 1.19.0 cuda code for measure_momentum_5f6aea39.py; preceded by preamble_cuda_93b22071978ccd96.cuh


extern "C" __global__ void measure_momentum_e9116ff6_cuda_kernel_forward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::vec_t<6, wp::float32>> var_body_qd,
    wp::array_t<wp::vec_t<3, wp::float32>> var_v,
    wp::array_t<wp::mat_t<6, 6, wp::float32>> var_spatial_inertias,
    wp::array_t<wp::float32> var_energy,
    wp::array_t<wp::vec_t<6, wp::float32>> var_momenta)
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
        wp::vec_t<6, wp::float32>* var_1;
        wp::vec_t<6, wp::float32> var_2;
        wp::vec_t<6, wp::float32> var_3;
        wp::vec_t<3, wp::float32> var_4;
        wp::vec_t<3, wp::float32>* var_5;
        wp::vec_t<6, wp::float32> var_6;
        wp::vec_t<3, wp::float32> var_7;
        wp::mat_t<6, 6, wp::float32>* var_8;
        wp::mat_t<6, 6, wp::float32> var_9;
        wp::mat_t<6, 6, wp::float32> var_10;
        wp::vec_t<6, wp::float32> var_11;
        const wp::int32 var_12 = 0;
        const wp::float32 var_13 = 0.5;
        wp::float32 var_14;
        wp::float32 var_15;
        wp::float32 var_16;
        const wp::int32 var_17 = 0;
        wp::vec_t<6, wp::float32> var_18;
        //---------
        // forward
        // def measure_momentum(                                                                  <L 5>
        // tid = wp.tid()                                                                         <L 12>
        var_0 = builtin_tid1d();
        // qd = body_qd[tid]                                                                      <L 13>
        var_1 = wp::address(var_body_qd, var_0);
        var_3 = wp::load(var_1);
        var_2 = wp::copy(var_3);
        // twist = wp.spatial_vector(wp.spatial_top(qd), v[tid])                                  <L 14>
        var_4 = wp::spatial_top(var_2);
        var_5 = wp::address(var_v, var_0);
        var_7 = wp::load(var_5);
        var_6 = wp::vec_t<6, wp::float32>(var_4, var_7);
        // I_s = spatial_inertias[tid]                                                            <L 15>
        var_8 = wp::address(var_spatial_inertias, var_0);
        var_10 = wp::load(var_8);
        var_9 = wp::copy(var_10);
        // h = I_s @ twist                                                                        <L 16>
        var_11 = wp::mul(var_9, var_6);
        // wp.atomic_add(energy, 0, 0.5 * wp.spatial_dot(twist, h))                               <L 17>
        var_14 = wp::spatial_dot(var_6, var_11);
        var_15 = wp::mul(var_13, var_14);
        var_16 = wp::atomic_add(var_energy, var_12, var_15);
        // wp.atomic_add(momenta, 0, h)                                                           <L 18>
        var_18 = wp::atomic_add(var_momenta, var_17, var_11);
    }
}



extern "C" __global__ void measure_momentum_e9116ff6_cuda_kernel_backward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::vec_t<6, wp::float32>> var_body_qd,
    wp::array_t<wp::vec_t<3, wp::float32>> var_v,
    wp::array_t<wp::mat_t<6, 6, wp::float32>> var_spatial_inertias,
    wp::array_t<wp::float32> var_energy,
    wp::array_t<wp::vec_t<6, wp::float32>> var_momenta,
    wp::array_t<wp::vec_t<6, wp::float32>> adj_body_qd,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_v,
    wp::array_t<wp::mat_t<6, 6, wp::float32>> adj_spatial_inertias,
    wp::array_t<wp::float32> adj_energy,
    wp::array_t<wp::vec_t<6, wp::float32>> adj_momenta)
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
        wp::vec_t<6, wp::float32>* var_1;
        wp::vec_t<6, wp::float32> var_2;
        wp::vec_t<6, wp::float32> var_3;
        wp::vec_t<3, wp::float32> var_4;
        wp::vec_t<3, wp::float32>* var_5;
        wp::vec_t<6, wp::float32> var_6;
        wp::vec_t<3, wp::float32> var_7;
        wp::mat_t<6, 6, wp::float32>* var_8;
        wp::mat_t<6, 6, wp::float32> var_9;
        wp::mat_t<6, 6, wp::float32> var_10;
        wp::vec_t<6, wp::float32> var_11;
        const wp::int32 var_12 = 0;
        const wp::float32 var_13 = 0.5;
        wp::float32 var_14;
        wp::float32 var_15;
        wp::float32 var_16;
        const wp::int32 var_17 = 0;
        wp::vec_t<6, wp::float32> var_18;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::vec_t<6, wp::float32> adj_1 = {};
        wp::vec_t<6, wp::float32> adj_2 = {};
        wp::vec_t<6, wp::float32> adj_3 = {};
        wp::vec_t<3, wp::float32> adj_4 = {};
        wp::vec_t<3, wp::float32> adj_5 = {};
        wp::vec_t<6, wp::float32> adj_6 = {};
        wp::vec_t<3, wp::float32> adj_7 = {};
        wp::mat_t<6, 6, wp::float32> adj_8 = {};
        wp::mat_t<6, 6, wp::float32> adj_9 = {};
        wp::mat_t<6, 6, wp::float32> adj_10 = {};
        wp::vec_t<6, wp::float32> adj_11 = {};
        wp::int32 adj_12 = {};
        wp::float32 adj_13 = {};
        wp::float32 adj_14 = {};
        wp::float32 adj_15 = {};
        wp::float32 adj_16 = {};
        wp::int32 adj_17 = {};
        wp::vec_t<6, wp::float32> adj_18 = {};
        //---------
        // forward
        // def measure_momentum(                                                                  <L 5>
        // tid = wp.tid()                                                                         <L 12>
        var_0 = builtin_tid1d();
        // qd = body_qd[tid]                                                                      <L 13>
        var_1 = wp::address(var_body_qd, var_0);
        var_3 = wp::load(var_1);
        var_2 = wp::copy(var_3);
        // twist = wp.spatial_vector(wp.spatial_top(qd), v[tid])                                  <L 14>
        var_4 = wp::spatial_top(var_2);
        var_5 = wp::address(var_v, var_0);
        var_7 = wp::load(var_5);
        var_6 = wp::vec_t<6, wp::float32>(var_4, var_7);
        // I_s = spatial_inertias[tid]                                                            <L 15>
        var_8 = wp::address(var_spatial_inertias, var_0);
        var_10 = wp::load(var_8);
        var_9 = wp::copy(var_10);
        // h = I_s @ twist                                                                        <L 16>
        var_11 = wp::mul(var_9, var_6);
        // wp.atomic_add(energy, 0, 0.5 * wp.spatial_dot(twist, h))                               <L 17>
        var_14 = wp::spatial_dot(var_6, var_11);
        var_15 = wp::mul(var_13, var_14);
        // var_16 = wp::atomic_add(var_energy, var_12, var_15);
        // wp.atomic_add(momenta, 0, h)                                                           <L 18>
        // var_18 = wp::atomic_add(var_momenta, var_17, var_11);
        //---------
        // reverse
        wp::adj_atomic_add(var_momenta, var_17, var_11, adj_momenta, adj_17, adj_11, adj_18);
        // adj: wp.atomic_add(momenta, 0, h)                                                      <L 18>
        wp::adj_atomic_add(var_energy, var_12, var_15, adj_energy, adj_12, adj_15, adj_16);
        wp::adj_mul(var_13, var_14, adj_13, adj_14, adj_15);
        wp::adj_spatial_dot(var_6, var_11, adj_6, adj_11, adj_14);
        // adj: wp.atomic_add(energy, 0, 0.5 * wp.spatial_dot(twist, h))                          <L 17>
        wp::adj_mul(var_9, var_6, adj_9, adj_6, adj_11);
        // adj: h = I_s @ twist                                                                   <L 16>
        wp::adj_copy(var_10, adj_8, adj_9);
        wp::adj_address(var_spatial_inertias, var_0, adj_spatial_inertias, adj_0, adj_8);
        // adj: I_s = spatial_inertias[tid]                                                       <L 15>
        wp::adj_vec_t(var_4, var_7, adj_4, adj_5, adj_6);
        wp::adj_address(var_v, var_0, adj_v, adj_0, adj_5);
        wp::adj_spatial_top(var_2, adj_2, adj_4);
        // adj: twist = wp.spatial_vector(wp.spatial_top(qd), v[tid])                             <L 14>
        wp::adj_copy(var_3, adj_1, adj_2);
        wp::adj_address(var_body_qd, var_0, adj_body_qd, adj_0, adj_1);
        // adj: qd = body_qd[tid]                                                                 <L 13>
        // adj: tid = wp.tid()                                                                    <L 12>
        // adj: def measure_momentum(                                                             <L 5>
        continue;
    }
}

