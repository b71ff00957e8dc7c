// Warp 1.19.0 cuda code for integrate_particles_c9661322.py; preceded by preamble_cuda_93b22071978ccd96.cuh


extern "C" __global__ void integrate_particles_819756fe_cuda_kernel_forward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::vec_t<2, wp::float32>> var_points,
    wp::array_t<wp::vec_t<2, wp::float32>> var_velocities,
    wp::array_t<wp::vec_t<2, wp::float32>> var_anchors,
    wp::array_t<wp::vec_t<2, wp::float32>> var_velocities_out,
    wp::float32 var_time_step,
    wp::float32 var_k_spring,
    wp::float32 var_inv_mass)
{
    wp::tile_shared_storage_t tile_mem;

    const size_t _idx = static_cast<size_t>(blockIdx.z * gridDim.y + blockIdx.y) * static_cast<size_t>(gridDim.x * blockDim.x) + static_cast<size_t>(blockIdx.x * blockDim.x + threadIdx.x);
    if (_idx >= dim.size) return;
            // reset shared memory allocator
    wp::tile_shared_storage_t::init();

        //---------
        // primal vars
        wp::int32 var_0;
        wp::vec_t<2, wp::float32>* var_1;
        wp::vec_t<2, wp::float32> var_2;
        wp::vec_t<2, wp::float32> var_3;
        wp::vec_t<2, wp::float32>* var_4;
        wp::vec_t<2, wp::float32> var_5;
        wp::vec_t<2, wp::float32> var_6;
        wp::vec_t<2, wp::float32>* var_7;
        wp::vec_t<2, wp::float32> var_8;
        wp::vec_t<2, wp::float32> var_9;
        wp::vec_t<2, wp::float32> var_10;
        wp::vec_t<2, wp::float32> var_11;
        wp::vec_t<2, wp::float32> var_12;
        wp::vec_t<2, wp::float32> var_13;
        wp::vec_t<2, wp::float32> var_14;
        wp::vec_t<2, wp::float32> var_15;
        wp::vec_t<2, wp::float32> var_16;
        wp::vec_t<2, wp::float32> var_17;
        wp::vec_t<2, wp::float32> var_18;
        //---------
        // forward
        // def integrate_particles(                                                               <L 5>
        // tid = wp.tid()                                                                         <L 14>
        var_0 = builtin_tid1d();
        // x = points[tid]                                                                        <L 15>
        var_1 = wp::address(var_points, var_0);
        var_3 = wp::load(var_1);
        var_2 = wp::copy(var_3);
        // v = velocities[tid]                                                                    <L 16>
        var_4 = wp::address(var_velocities, var_0);
        var_6 = wp::load(var_4);
        var_5 = wp::copy(var_6);
        // anchor = anchors[tid]                                                                  <L 17>
        var_7 = wp::address(var_anchors, var_0);
        var_9 = wp::load(var_7);
        var_8 = wp::copy(var_9);
        // v_new = v + ((k_spring * (anchor - x)) * inv_mass) * time_step                         <L 20>
        var_10 = wp::sub(var_8, var_2);
        var_11 = wp::mul(var_k_spring, var_10);
        var_12 = wp::mul(var_11, var_inv_mass);
        var_13 = wp::mul(var_12, var_time_step);
        var_14 = wp::add(var_5, var_13);
        // velocities_out[tid] = v_new                                                            <L 21>
        wp::array_store(var_velocities_out, var_0, var_14);
        // points[tid] = (x + v * time_step) + v_new * time_step                                  <L 22>
        var_15 = wp::mul(var_5, var_time_step);
        var_16 = wp::add(var_2, var_15);
        var_17 = wp::mul(var_14, var_time_step);
        var_18 = wp::add(var_16, var_17);
        wp::array_store(var_points, var_0, var_18);
}



extern "C" __global__ void integrate_particles_819756fe_cuda_kernel_backward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::vec_t<2, wp::float32>> var_points,
    wp::array_t<wp::vec_t<2, wp::float32>> var_velocities,
    wp::array_t<wp::vec_t<2, wp::float32>> var_anchors,
    wp::array_t<wp::vec_t<2, wp::float32>> var_velocities_out,
    wp::float32 var_time_step,
    wp::float32 var_k_spring,
    wp::float32 var_inv_mass,
    wp::array_t<wp::vec_t<2, wp::float32>> adj_points,
    wp::array_t<wp::vec_t<2, wp::float32>> adj_velocities,
    wp::array_t<wp::vec_t<2, wp::float32>> adj_anchors,
    wp::array_t<wp::vec_t<2, wp::float32>> adj_velocities_out,
    wp::float32 adj_time_step,
    wp::float32 adj_k_spring,
    wp::float32 adj_inv_mass)
{
    wp::tile_shared_storage_t tile_mem;

    const size_t _idx = static_cast<size_t>(blockIdx.z * gridDim.y + blockIdx.y) * static_cast<size_t>(gridDim.x * blockDim.x) + static_cast<size_t>(blockIdx.x * blockDim.x + threadIdx.x);
    if (_idx >= dim.size) return;
            // reset shared memory allocator
    wp::tile_shared_storage_t::init();

        //---------
        // primal vars
        wp::int32 var_0;
        wp::vec_t<2, wp::float32>* var_1;
        wp::vec_t<2, wp::float32> var_2;
        wp::vec_t<2, wp::float32> var_3;
        wp::vec_t<2, wp::float32>* var_4;
        wp::vec_t<2, wp::float32> var_5;
        wp::vec_t<2, wp::float32> var_6;
        wp::vec_t<2, wp::float32>* var_7;
        wp::vec_t<2, wp::float32> var_8;
        wp::vec_t<2, wp::float32> var_9;
        wp::vec_t<2, wp::float32> var_10;
        wp::vec_t<2, wp::float32> var_11;
        wp::vec_t<2, wp::float32> var_12;
        wp::vec_t<2, wp::float32> var_13;
        wp::vec_t<2, wp::float32> var_14;
        wp::vec_t<2, wp::float32> var_15;
        wp::vec_t<2, wp::float32> var_16;
        wp::vec_t<2, wp::float32> var_17;
        wp::vec_t<2, wp::float32> var_18;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::vec_t<2, wp::float32> adj_1 = {};
        wp::vec_t<2, wp::float32> adj_2 = {};
        wp::vec_t<2, wp::float32> adj_3 = {};
        wp::vec_t<2, wp::float32> adj_4 = {};
        wp::vec_t<2, wp::float32> adj_5 = {};
        wp::vec_t<2, wp::float32> adj_6 = {};
        wp::vec_t<2, wp::float32> adj_7 = {};
        wp::vec_t<2, wp::float32> adj_8 = {};
        wp::vec_t<2, wp::float32> adj_9 = {};
        wp::vec_t<2, wp::float32> adj_10 = {};
        wp::vec_t<2, wp::float32> adj_11 = {};
        wp::vec_t<2, wp::float32> adj_12 = {};
        wp::vec_t<2, wp::float32> adj_13 = {};
        wp::vec_t<2, wp::float32> adj_14 = {};
        wp::vec_t<2, wp::float32> adj_15 = {};
        wp::vec_t<2, wp::float32> adj_16 = {};
        wp::vec_t<2, wp::float32> adj_17 = {};
        wp::vec_t<2, wp::float32> adj_18 = {};
        //---------
        // forward
        // def integrate_particles(                                                               <L 5>
        // tid = wp.tid()                                                                         <L 14>
        var_0 = builtin_tid1d();
        // x = points[tid]                                                                        <L 15>
        var_1 = wp::address(var_points, var_0);
        var_3 = wp::load(var_1);
        var_2 = wp::copy(var_3);
        // v = velocities[tid]                                                                    <L 16>
        var_4 = wp::address(var_velocities, var_0);
        var_6 = wp::load(var_4);
        var_5 = wp::copy(var_6);
        // anchor = anchors[tid]                                                                  <L 17>
        var_7 = wp::address(var_anchors, var_0);
        var_9 = wp::load(var_7);
        var_8 = wp::copy(var_9);
        // v_new = v + ((k_spring * (anchor - x)) * inv_mass) * time_step                         <L 20>
        var_10 = wp::sub(var_8, var_2);
        var_11 = wp::mul(var_k_spring, var_10);
        var_12 = wp::mul(var_11, var_inv_mass);
        var_13 = wp::mul(var_12, var_time_step);
        var_14 = wp::add(var_5, var_13);
        // velocities_out[tid] = v_new                                                            <L 21>
        // wp::array_store(var_velocities_out, var_0, var_14);
        // points[tid] = (x + v * time_step) + v_new * time_step                                  <L 22>
        var_15 = wp::mul(var_5, var_time_step);
        var_16 = wp::add(var_2, var_15);
        var_17 = wp::mul(var_14, var_time_step);
        var_18 = wp::add(var_16, var_17);
        // wp::array_store(var_points, var_0, var_18);
        //---------
        // reverse
        wp::adj_array_store(var_points, var_0, var_18, adj_points, adj_0, adj_18);
        wp::adj_add(var_16, var_17, adj_16, adj_17, adj_18);
        wp::adj_mul(var_14, var_time_step, adj_14, adj_time_step, adj_17);
        wp::adj_add(var_2, var_15, adj_2, adj_15, adj_16);
        wp::adj_mul(var_5, var_time_step, adj_5, adj_time_step, adj_15);
        // adj: points[tid] = (x + v * time_step) + v_new * time_step                             <L 22>
        wp::adj_array_store(var_velocities_out, var_0, var_14, adj_velocities_out, adj_0, adj_14);
        // adj: velocities_out[tid] = v_new                                                       <L 21>
        wp::adj_add(var_5, var_13, adj_5, adj_13, adj_14);
        wp::adj_mul(var_12, var_time_step, adj_12, adj_time_step, adj_13);
        wp::adj_mul(var_11, var_inv_mass, adj_11, adj_inv_mass, adj_12);
        wp::adj_mul(var_k_spring, var_10, adj_k_spring, adj_10, adj_11);
        wp::adj_sub(var_8, var_2, adj_8, adj_2, adj_10);
        // adj: v_new = v + ((k_spring * (anchor - x)) * inv_mass) * time_step                    <L 20>
        wp::adj_copy(var_9, adj_7, adj_8);
        wp::adj_address(var_anchors, var_0, adj_anchors, adj_0, adj_7);
        // adj: anchor = anchors[tid]                                                             <L 17>
        wp::adj_copy(var_6, adj_4, adj_5);
        wp::adj_address(var_velocities, var_0, adj_velocities, adj_0, adj_4);
        // adj: v = velocities[tid]                                                               <L 16>
        wp::adj_copy(var_3, adj_1, adj_2);
        wp::adj_address(var_points, var_0, adj_points, adj_0, adj_1);
        // adj: x = points[tid]                                                                   <L 15>
        // adj: tid = wp.tid()                                                                    <L 14>
        // adj: def integrate_particles(                                                          <L 5>
        return;
}

