// Warp 1.19.0 cuda code for integrate_forces_d65f0fe9.py; preceded by preamble_cuda_93b22071978ccd96.cuh


extern "C" __global__ void integrate_forces_56febad3_cuda_kernel_forward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::vec_t<2, wp::float32>> var_velocities,
    wp::array_t<wp::vec_t<2, wp::float32>> var_positions,
    wp::array_t<wp::float32> var_rest_lengths,
    wp::array_t<wp::float32> var_inv_mass,
    wp::array_t<wp::vec_t<2, wp::float32>> var_v_out,
    wp::vec_t<2, wp::float32> var_anchor,
    wp::float32 var_ke,
    wp::float32 var_delta_time)
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
        wp::vec_t<2, wp::float32>* var_1;
        wp::vec_t<2, wp::float32> var_2;
        wp::vec_t<2, wp::float32> var_3;
        wp::vec_t<2, wp::float32> var_4;
        wp::float32 var_5;
        wp::vec_t<2, wp::float32> var_6;
        wp::float32* var_7;
        wp::float32 var_8;
        wp::float32 var_9;
        wp::float32 var_10;
        wp::vec_t<2, wp::float32> var_11;
        wp::float32* var_12;
        wp::float32 var_13;
        wp::float32 var_14;
        wp::vec_t<2, wp::float32>* var_15;
        wp::float32 var_16;
        wp::vec_t<2, wp::float32> var_17;
        wp::vec_t<2, wp::float32> var_18;
        wp::vec_t<2, wp::float32> var_19;
        //---------
        // forward
        // def integrate_forces(                                                                  <L 5>
        // tid = wp.tid()                                                                         <L 16>
        var_0 = builtin_tid1d();
        // x = positions[tid]                                                                     <L 17>
        var_1 = wp::address(var_positions, var_0);
        var_3 = wp::load(var_1);
        var_2 = wp::copy(var_3);
        // delta = anchor - x                                                                     <L 18>
        var_4 = wp::sub(var_anchor, var_2);
        // d = wp.length(delta)                                                                   <L 19>
        var_5 = wp::length(var_4);
        // f = wp.normalize(delta) * (ke * (d - rest_lengths[tid]))                               <L 20>
        var_6 = wp::normalize(var_4);
        var_7 = wp::address(var_rest_lengths, var_0);
        var_9 = wp::load(var_7);
        var_8 = wp::sub(var_5, var_9);
        var_10 = wp::mul(var_ke, var_8);
        var_11 = wp::mul(var_6, var_10);
        // inv_m = inv_mass[tid]                                                                  <L 21>
        var_12 = wp::address(var_inv_mass, var_0);
        var_14 = wp::load(var_12);
        var_13 = wp::copy(var_14);
        // v_out[tid] = velocities[tid] + delta_time * inv_m * f                                  <L 22>
        var_15 = wp::address(var_velocities, var_0);
        var_16 = wp::mul(var_delta_time, var_13);
        var_17 = wp::mul(var_16, var_11);
        var_19 = wp::load(var_15);
        var_18 = wp::add(var_19, var_17);
        wp::array_store(var_v_out, var_0, var_18);
    }
}



extern "C" __global__ void integrate_forces_56febad3_cuda_kernel_backward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::vec_t<2, wp::float32>> var_velocities,
    wp::array_t<wp::vec_t<2, wp::float32>> var_positions,
    wp::array_t<wp::float32> var_rest_lengths,
    wp::array_t<wp::float32> var_inv_mass,
    wp::array_t<wp::vec_t<2, wp::float32>> var_v_out,
    wp::vec_t<2, wp::float32> var_anchor,
    wp::float32 var_ke,
    wp::float32 var_delta_time,
    wp::array_t<wp::vec_t<2, wp::float32>> adj_velocities,
    wp::array_t<wp::vec_t<2, wp::float32>> adj_positions,
    wp::array_t<wp::float32> adj_rest_lengths,
    wp::array_t<wp::float32> adj_inv_mass,
    wp::array_t<wp::vec_t<2, wp::float32>> adj_v_out,
    wp::vec_t<2, wp::float32> adj_anchor,
    wp::float32 adj_ke,
    wp::float32 adj_delta_time)
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
        wp::vec_t<2, wp::float32>* var_1;
        wp::vec_t<2, wp::float32> var_2;
        wp::vec_t<2, wp::float32> var_3;
        wp::vec_t<2, wp::float32> var_4;
        wp::float32 var_5;
        wp::vec_t<2, wp::float32> var_6;
        wp::float32* var_7;
        wp::float32 var_8;
        wp::float32 var_9;
        wp::float32 var_10;
        wp::vec_t<2, wp::float32> var_11;
        wp::float32* var_12;
        wp::float32 var_13;
        wp::float32 var_14;
        wp::vec_t<2, wp::float32>* var_15;
        wp::float32 var_16;
        wp::vec_t<2, wp::float32> var_17;
        wp::vec_t<2, wp::float32> var_18;
        wp::vec_t<2, wp::float32> var_19;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::vec_t<2, wp::float32> adj_1 = {};
        wp::vec_t<2, wp::float32> adj_2 = {};
        wp::vec_t<2, wp::float32> adj_3 = {};
        wp::vec_t<2, wp::float32> adj_4 = {};
        wp::float32 adj_5 = {};
        wp::vec_t<2, wp::float32> adj_6 = {};
        wp::float32 adj_7 = {};
        wp::float32 adj_8 = {};
        wp::float32 adj_9 = {};
        wp::float32 adj_10 = {};
        wp::vec_t<2, wp::float32> adj_11 = {};
        wp::float32 adj_12 = {};
        wp::float32 adj_13 = {};
        wp::float32 adj_14 = {};
        wp::vec_t<2, wp::float32> adj_15 = {};
        wp::float32 adj_16 = {};
        wp::vec_t<2, wp::float32> adj_17 = {};
        wp::vec_t<2, wp::float32> adj_18 = {};
        wp::vec_t<2, wp::float32> adj_19 = {};
        //---------
        // forward
        // def integrate_forces(                                                                  <L 5>
        // tid = wp.tid()                                                                         <L 16>
        var_0 = builtin_tid1d();
        // x = positions[tid]                                                                     <L 17>
        var_1 = wp::address(var_positions, var_0);
        var_3 = wp::load(var_1);
        var_2 = wp::copy(var_3);
        // delta = anchor - x                                                                     <L 18>
        var_4 = wp::sub(var_anchor, var_2);
        // d = wp.length(delta)                                                                   <L 19>
        var_5 = wp::length(var_4);
        // f = wp.normalize(delta) * (ke * (d - rest_lengths[tid]))                               <L 20>
        var_6 = wp::normalize(var_4);
        var_7 = wp::address(var_rest_lengths, var_0);
        var_9 = wp::load(var_7);
        var_8 = wp::sub(var_5, var_9);
        var_10 = wp::mul(var_ke, var_8);
        var_11 = wp::mul(var_6, var_10);
        // inv_m = inv_mass[tid]                                                                  <L 21>
        var_12 = wp::address(var_inv_mass, var_0);
        var_14 = wp::load(var_12);
        var_13 = wp::copy(var_14);
        // v_out[tid] = velocities[tid] + delta_time * inv_m * f                                  <L 22>
        var_15 = wp::address(var_velocities, var_0);
        var_16 = wp::mul(var_delta_time, var_13);
        var_17 = wp::mul(var_16, var_11);
        var_19 = wp::load(var_15);
        var_18 = wp::add(var_19, var_17);
        // wp::array_store(var_v_out, var_0, var_18);
        //---------
        // reverse
        wp::adj_array_store(var_v_out, var_0, var_18, adj_v_out, adj_0, adj_18);
        wp::adj_add(var_19, var_17, adj_15, adj_17, adj_18);
        wp::adj_mul(var_16, var_11, adj_16, adj_11, adj_17);
        wp::adj_mul(var_delta_time, var_13, adj_delta_time, adj_13, adj_16);
        wp::adj_address(var_velocities, var_0, adj_velocities, adj_0, adj_15);
        // adj: v_out[tid] = velocities[tid] + delta_time * inv_m * f                             <L 22>
        wp::adj_copy(var_14, adj_12, adj_13);
        wp::adj_address(var_inv_mass, var_0, adj_inv_mass, adj_0, adj_12);
        // adj: inv_m = inv_mass[tid]                                                             <L 21>
        wp::adj_mul(var_6, var_10, adj_6, adj_10, adj_11);
        wp::adj_mul(var_ke, var_8, adj_ke, adj_8, adj_10);
        wp::adj_sub(var_5, var_9, adj_5, adj_7, adj_8);
        wp::adj_address(var_rest_lengths, var_0, adj_rest_lengths, adj_0, adj_7);
        wp::adj_normalize(var_4, var_6, adj_4, adj_6);
        // adj: f = wp.normalize(delta) * (ke * (d - rest_lengths[tid]))                          <L 20>
        wp::adj_length(var_4, var_5, adj_4, adj_5);
        // adj: d = wp.length(delta)                                                              <L 19>
        wp::adj_sub(var_anchor, var_2, adj_anchor, adj_2, adj_4);
        // adj: delta = anchor - x                                                                <L 18>
        wp::adj_copy(var_3, adj_1, adj_2);
        wp::adj_address(var_positions, var_0, adj_positions, adj_0, adj_1);
        // adj: x = positions[tid]                                                                <L 17>
        // adj: tid = wp.tid()                                                                    <L 16>
        // adj: def integrate_forces(                                                             <L 5>
        continue;
    }
}

