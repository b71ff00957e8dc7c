// Warp 1.19.0 cuda code for total_energy_02cc366c.py; preceded by preamble_cuda_93b22071978ccd96.cuh


extern "C" __global__ void total_energy_6cda7a51_cuda_kernel_forward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::vec_t<6, wp::float32>> var_body_qd,
    wp::array_t<wp::mat_t<6, 6, wp::float32>> var_body_I_s,
    wp::array_t<wp::float32> var_energies,
    wp::array_t<wp::vec_t<6, wp::float32>> var_momenta)
{
    wp::tile_shared_storage_t tile_mem;

    const size_t _idx = static_cast<size_t>(blockIdx.z * gridDim.y + blockIdx.y) * static_cast<size_t>(gridDim.x * blockDim.x) + static_cast<size_t>(blockIdx.x * blockDim.x + threadIdx.x);
    if (_idx >= dim.size) return;
            // reset shared memory allocator
    wp::tile_shared_storage_t::init();

        //---------
        // primal vars
        wp::int32 var_0;
        wp::vec_t<6, wp::float32>* var_1;
        wp::vec_t<6, wp::float32> var_2;
        wp::vec_t<6, wp::float32> var_3;
        wp::mat_t<6, 6, wp::float32>* var_4;
        wp::vec_t<6, wp::float32> var_5;
        wp::mat_t<6, 6, wp::float32> var_6;
        const wp::int32 var_7 = 0;
        const wp::float32 var_8 = 0.5;
        wp::float32 var_9;
        wp::float32 var_10;
        wp::float32 var_11;
        const wp::int32 var_12 = 0;
        wp::vec_t<6, wp::float32> var_13;
        //---------
        // forward
        // def total_energy(                                                                      <L 5>
        // tid = wp.tid()                                                                         <L 11>
        var_0 = builtin_tid1d();
        // qd = body_qd[tid]                                                                      <L 12>
        var_1 = wp::address(var_body_qd, var_0);
        var_3 = wp::load(var_1);
        var_2 = wp::copy(var_3);
        // h = body_I_s[tid] @ qd                                                                 <L 13>
        var_4 = wp::address(var_body_I_s, var_0);
        var_6 = wp::load(var_4);
        var_5 = wp::mul(var_6, var_2);
        // wp.atomic_add(energies, 0, 0.5 * wp.spatial_dot(qd, h))                                <L 14>
        var_9 = wp::spatial_dot(var_2, var_5);
        var_10 = wp::mul(var_8, var_9);
        var_11 = wp::atomic_add(var_energies, var_7, var_10);
        // wp.atomic_add(momenta, 0, h)                                                           <L 15>
        var_13 = wp::atomic_add(var_momenta, var_12, var_5);
}



extern "C" __global__ void total_energy_6cda7a51_cuda_kernel_backward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::vec_t<6, wp::float32>> var_body_qd,
    wp::array_t<wp::mat_t<6, 6, wp::float32>> var_body_I_s,
    wp::array_t<wp::float32> var_energies,
    wp::array_t<wp::vec_t<6, wp::float32>> var_momenta,
    wp::array_t<wp::vec_t<6, wp::float32>> adj_body_qd,
    wp::array_t<wp::mat_t<6, 6, wp::float32>> adj_body_I_s,
    wp::array_t<wp::float32> adj_energies,
    wp::array_t<wp::vec_t<6, wp::float32>> adj_momenta)
{
    wp::tile_shared_storage_t tile_mem;

    const size_t _idx = static_cast<size_t>(blockIdx.z * gridDim.y + blockIdx.y) * static_cast<size_t>(gridDim.x * blockDim.x) + static_cast<size_t>(blockIdx.x * blockDim.x + threadIdx.x);
    if (_idx >= dim.size) return;
            // reset shared memory allocator
    wp::tile_shared_storage_t::init();

        //---------
        // primal vars
        wp::int32 var_0;
        wp::vec_t<6, wp::float32>* var_1;
        wp::vec_t<6, wp::float32> var_2;
        wp::vec_t<6, wp::float32> var_3;
        wp::mat_t<6, 6, wp::float32>* var_4;
        wp::vec_t<6, wp::float32> var_5;
        wp::mat_t<6, 6, wp::float32> var_6;
        const wp::int32 var_7 = 0;
        const wp::float32 var_8 = 0.5;
        wp::float32 var_9;
        wp::float32 var_10;
        wp::float32 var_11;
        const wp::int32 var_12 = 0;
        wp::vec_t<6, wp::float32> var_13;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::vec_t<6, wp::float32> adj_1 = {};
        wp::vec_t<6, wp::float32> adj_2 = {};
        wp::vec_t<6, wp::float32> adj_3 = {};
        wp::mat_t<6, 6, wp::float32> adj_4 = {};
        wp::vec_t<6, wp::float32> adj_5 = {};
        wp::mat_t<6, 6, wp::float32> adj_6 = {};
        wp::int32 adj_7 = {};
        wp::float32 adj_8 = {};
        wp::float32 adj_9 = {};
        wp::float32 adj_10 = {};
        wp::float32 adj_11 = {};
        wp::int32 adj_12 = {};
        wp::vec_t<6, wp::float32> adj_13 = {};
        //---------
        // forward
        // def total_energy(                                                                      <L 5>
        // tid = wp.tid()                                                                         <L 11>
        var_0 = builtin_tid1d();
        // qd = body_qd[tid]                                                                      <L 12>
        var_1 = wp::address(var_body_qd, var_0);
        var_3 = wp::load(var_1);
        var_2 = wp::copy(var_3);
        // h = body_I_s[tid] @ qd                                                                 <L 13>
        var_4 = wp::address(var_body_I_s, var_0);
        var_6 = wp::load(var_4);
        var_5 = wp::mul(var_6, var_2);
        // wp.atomic_add(energies, 0, 0.5 * wp.spatial_dot(qd, h))                                <L 14>
        var_9 = wp::spatial_dot(var_2, var_5);
        var_10 = wp::mul(var_8, var_9);
        // var_11 = wp::atomic_add(var_energies, var_7, var_10);
        // wp.atomic_add(momenta, 0, h)                                                           <L 15>
        // var_13 = wp::atomic_add(var_momenta, var_12, var_5);
        //---------
        // reverse
        wp::adj_atomic_add(var_momenta, var_12, var_5, adj_momenta, adj_12, adj_5, adj_13);
        // adj: wp.atomic_add(momenta, 0, h)                                                      <L 15>
        wp::adj_atomic_add(var_energies, var_7, var_10, adj_energies, adj_7, adj_10, adj_11);
        wp::adj_mul(var_8, var_9, adj_8, adj_9, adj_10);
        wp::adj_spatial_dot(var_2, var_5, adj_2, adj_5, adj_9);
        // adj: wp.atomic_add(energies, 0, 0.5 * wp.spatial_dot(qd, h))                           <L 14>
        wp::adj_mul(var_6, var_2, adj_4, adj_2, adj_5);
        wp::adj_address(var_body_I_s, var_0, adj_body_I_s, adj_0, adj_4);
        // adj: h = body_I_s[tid] @ qd                                                            <L 13>
        wp::adj_copy(var_3, adj_1, adj_2);
        wp::adj_address(var_body_qd, var_0, adj_body_qd, adj_0, adj_1);
        // adj: qd = body_qd[tid]                                                                 <L 12>
        // adj: tid = wp.tid()                                                                    <L 11>
        // adj: def total_energy(                                                                 <L 5>
        return;
}

